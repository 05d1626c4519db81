/**
 * Receiving side of the protocol, free of browser.* so it is unit-testable: validates an
 * incoming envelope against the schema of its type and runs the typed handler.
 */
import * as v from 'valibot';
import { fail, toAppError, type Result } from '../bulletin/result';

type Schemas = Record<string, v.GenericSchema>;

/** Handlers for every request type of a schema map, typed down to payload and result. */
export type Handlers<S extends Schemas, R extends { [K in keyof S]: Result<unknown> }> = {
  [K in keyof S]: (payload: v.InferOutput<S[K]>, sender: unknown) => Promise<R[K]>;
};

/**
 * Returns a function that takes any incoming message and resolves to a Result, or to
 * undefined when the message is not ours (so other listeners may answer it).
 */
export function createDispatcher<S extends Schemas, R extends { [K in keyof S]: Result<unknown> }>(
  schemas: S,
  handlers: Handlers<S, R>,
): (message: unknown, sender?: unknown) => Promise<Result<unknown>> | undefined {
  return (message, sender) => {
    if (!isEnvelope(message)) return undefined;
    const type = message.type;
    if (!Object.prototype.hasOwnProperty.call(schemas, type)) {
      return Promise.resolve(fail('bad_message', `unknown message type ${type}`));
    }
    const parsed = v.safeParse(schemas[type]!, message.payload);
    if (!parsed.success) {
      return Promise.resolve(fail('bad_message', `invalid ${type}: ${parsed.issues[0]?.message ?? 'bad payload'}`));
    }
    const handler = handlers[type as keyof S]!;
    return handler(parsed.output, sender).catch((e: unknown) => ({ ok: false as const, error: toAppError(e) }));
  };
}

function isEnvelope(m: unknown): m is { bc: 1; type: string; payload: unknown } {
  return typeof m === 'object' && m !== null && (m as { bc?: unknown }).bc === 1 && typeof (m as { type?: unknown }).type === 'string';
}
