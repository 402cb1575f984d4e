import { setupServer } from 'msw/node';

/** Tests add the GraphQL answers they need with `server.use(...)`. */
export const server = setupServer();
