import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { CopyValue } from './generate-tickets.js';

const escapeText = (text: string): string =>
  /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : text;

/** One row in PostgreSQL's COPY text format. */
export function copyLine(values: readonly CopyValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (i > 0) line += '\t';
    if (value === null || value === undefined) line += '\\N';
    else if (value instanceof Date) line += value.toISOString();
    else if (typeof value === 'boolean') line += value ? 't' : 'f';
    else if (typeof value === 'number') line += String(value);
    else line += escapeText(value);
  }
  return `${line}\n`;
}

/** Buffers lines into large writes and waits when the connection asks it to. */
export function copyWriter(stream: Writable, flushAt = 1 << 20) {
  let buffer = '';
  return {
    async write(values: readonly CopyValue[]) {
      buffer += copyLine(values);
      if (buffer.length >= flushAt) {
        const chunk = buffer;
        buffer = '';
        if (!stream.write(chunk)) await once(stream, 'drain');
      }
    },
    async end() {
      if (buffer) stream.write(buffer);
      buffer = '';
      stream.end();
      await once(stream, 'finish');
    },
  };
}
