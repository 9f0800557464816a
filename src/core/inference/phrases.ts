import type { Lang } from '../report';
import type { InferredKind } from './relations';
import en from './phrases.en.json';
import zhCN from './phrases.zh-CN.json';

/**
 * The words of inferred findings, of `explain` and of suggested rule files, per language, as data (phrases.zh-CN.json,
 * phrases.en.json: the same keys and the same placeholders, which a test checks).
 */
export const INFERENCE_PHRASES: Record<Lang, Record<InferencePhrase, string>> = { 'zh-CN': zhCN, en };

export type InferencePhrase = keyof typeof en;

/** The phrase key of an inferred relation's title (a running total's and a carried stock's too: see running.ts). */
export const TITLE_KEY: Record<InferredKind | 'running' | 'carried', InferencePhrase> = {
  sum: 'titleSum',
  average: 'titleAverage',
  difference: 'titleDifference',
  ratio: 'titleRatio',
  change: 'titleChange',
  running: 'titleRunning',
  carried: 'titleCarried',
};
