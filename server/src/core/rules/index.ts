/** The rule registry: every rule, in the order they run (lintModel sorts the findings by position and rule id). Add a rule here and in docs. */
import type { DefinedRule } from './types';
import { rule as garbledText } from './garbled-text';
import { rule as emptyDraft } from './empty-draft';
import { rule as sectionMissing } from './section-missing';
import { rule as sectionNotSeparate } from './section-not-separate';
import { rule as sectionOrder } from './section-order';
import { rule as headingSequence } from './heading-sequence';
import { rule as headingStyle } from './heading-style';
import { rule as headingLevelSkip } from './heading-level-skip';
import { rule as headingUnnumbered } from './heading-unnumbered';
import { rule as headingPunctuation } from './heading-punctuation';
import { rule as titleMissing } from './title-missing';
import { rule as titleForm } from './title-form';
import { rule as signatureMissing } from './signature-missing';
import { rule as dateFormat } from './date-format';
import { rule as yearMismatch } from './year-mismatch';
import { rule as residue } from './residue';
import { rule as doubledWord } from './doubled-word';
import { rule as documentKind } from './document-kind';
import { rule as dateDeadline } from './date-deadline';
import { rule as numberForm } from './number-form';
import { rule as documentNumber } from './document-number';
import { rule as staleContent } from './stale-content';
import { rule as supersededBasis } from './superseded-basis';
import { rule as requestInReport } from './request-in-report';
import { rule as placeholder } from './placeholder';
import { rule as punctuationWidth } from './punctuation-width';
import { rule as easilyConfused } from './easily-confused';

/** Every rule, in the order they run. */
export const RULES: DefinedRule[] = [
  garbledText,
  emptyDraft,
  sectionMissing,
  sectionNotSeparate,
  sectionOrder,
  headingSequence,
  headingStyle,
  headingLevelSkip,
  headingUnnumbered,
  headingPunctuation,
  titleMissing,
  titleForm,
  signatureMissing,
  dateFormat,
  yearMismatch,
  dateDeadline,
  residue,
  doubledWord,
  documentKind,
  numberForm,
  documentNumber,
  staleContent,
  supersededBasis,
  requestInReport,
  placeholder,
  punctuationWidth,
  easilyConfused,
];

/** The rule ids, in registry order (settings, CLI --rule). */
export const RULE_IDS = RULES.map((r) => r.meta.id);

/** The rule with this id, if registered. */
export function findRule(id: string): DefinedRule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
