// Inputs that feed the draft: the texts for its placeholders and last year's figures.
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { NarrativeDraft, Placeholder } from '../../engine/narrative/types';
import { isPriorValue, type NarrativeControls } from '../hooks/use-narrative';
import { PRIOR_YEAR_FIELDS, S } from '../strings';

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** One textarea per text the template asks for (filled ones stay editable); saved on blur. */
function PlaceholderFields({ placeholders, n }: { placeholders: readonly Placeholder[]; n: NarrativeControls }) {
  const styles = useStyles();
  return (
    <div className={styles.fields}>
      {placeholders.map((p) => (
        <Field key={p.key} label={p.label}>
          <Textarea
            resize="vertical"
            value={n.texts[p.key] ?? ''}
            onChange={(_, d) => n.setText(p.key, d.value)}
            onBlur={() => void n.save()}
          />
        </Field>
      ))}
    </div>
  );
}

/** Prior-year figures in 万元; a non-number is flagged and not used. */
function PriorYearFields({ n }: { n: NarrativeControls }) {
  const styles = useStyles();
  return (
    <div className={styles.fields}>
      {PRIOR_YEAR_FIELDS.map((f) => {
        const v = n.prior[f.key] ?? '';
        const bad = v.trim() !== '' && !isPriorValue(v);
        return (
          <Field key={f.key} label={f.label} validationMessage={bad ? '请输入数字（万元），例如 123.45' : undefined}>
            <Input inputMode="decimal" value={v} onChange={(_, d) => n.setPrior(f.key, d.value)} onBlur={() => void n.save()} />
          </Field>
        );
      })}
    </div>
  );
}

/** Placeholder texts and prior-year figures, collapsed so the preview stays in view on a narrow pane. */
export function NarrativeInputs({ draft, n }: { draft: NarrativeDraft; n: NarrativeControls }) {
  const fields = draft.fillable ?? draft.placeholders;
  return (
    <Accordion collapsible multiple>
      {fields.length > 0 && (
        <AccordionItem value="texts">
          <AccordionHeader>{S.placeholdersHeader(draft.placeholders.length)}</AccordionHeader>
          <AccordionPanel>
            <PlaceholderFields placeholders={fields} n={n} />
          </AccordionPanel>
        </AccordionItem>
      )}
      <AccordionItem value="prior">
        <AccordionHeader>{S.priorYearTitle}</AccordionHeader>
        <AccordionPanel>
          <PriorYearFields n={n} />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
