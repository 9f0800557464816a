import type { Lang } from '../core/report';
import { t, type StringKey } from './locale';

/** Office.js error codes the pane words itself: Excel's own messages are English whatever the user's language. */
const OFFICE_ERRORS: Record<string, StringKey> = {
  AccessDenied: 'errAccessDenied',
  InvalidOperation: 'errInvalidOperation',
  ItemNotFound: 'errItemNotFound',
  RequestPayloadSizeLimitExceeded: 'errPayload',
  GeneralException: 'errGeneral',
  ApiNotFound: 'errApiNotFound',
};

/** An error as the user should read it: a known Office error in the pane's language, anything else as its message. */
export function errorText(lang: Lang, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const key = typeof code === 'string' ? OFFICE_ERRORS[code] : undefined;
  if (key) return t(lang, key);
  return error instanceof Error ? error.message : String(error);
}
