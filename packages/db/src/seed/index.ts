export { seedDemoData } from './seed-demo-data.js';
export { DEMO_LOGINS, DEMO_PASSWORD, type DemoLogin } from './demo-logins.js';
