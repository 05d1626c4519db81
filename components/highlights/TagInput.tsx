/**
 * Tag entry with suggestions: existing tags and phrases from the bulletin itself. Enter or
 * a comma adds the typed tag; arrow keys move through suggestions; Backspace on an empty
 * field removes the last tag.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/platform/i18n';

/** Props of TagInput. */
export interface TagInputProps {
  tags: string[];
  onChange: (tags: string[]) => void;
  suggest: (prefix: string) => Promise<string[]>;
  id?: string;
}

/** The tag field. */
export function TagInput({ tags, onChange, suggest, id }: TagInputProps) {
  const [value, setValue] = useState('');
  const [options, setOptions] = useState<string[]>([]);
  const [active, setActive] = useState(-1);
  useEffect(() => {
    let live = true;
    void suggest(value).then((s) => live && setOptions(s.filter((x) => !tags.includes(x))));
    return () => {
      live = false;
    };
  }, [value, tags.join('\u0000')]);

  function add(tag: string) {
    const clean = tag.trim().replace(/[，,]+$/, '');
    if (clean && !tags.includes(clean)) onChange([...tags, clean]);
    setValue('');
    setActive(-1);
  }

  const listId = `${id ?? 'tags'}-suggestions`;
  return (
    <div class="tag-input">
      <ul class="tag-list" aria-label={t('tags')}>
        {tags.map((tag) => (
          <li key={tag} class="tag">
            {tag}
            <button type="button" class="tag-remove" aria-label={t('removeTag', tag)} onClick={() => onChange(tags.filter((x) => x !== tag))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id={id}
        type="text"
        role="combobox"
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-label={t('addTag')}
        placeholder={t('addTag')}
        value={value}
        onInput={(e) => {
          const v = (e.target as HTMLInputElement).value;
          if (/[，,]$/.test(v)) add(v);
          else setValue(v);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (value.trim() || active >= 0)) {
            e.preventDefault();
            add(active >= 0 ? options[active]! : value);
          } else if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(options.length - 1, a + 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(-1, a - 1));
          } else if (e.key === 'Backspace' && !value && tags.length) {
            onChange(tags.slice(0, -1));
          }
        }}
      />
      {options.length > 0 && (
        <ul id={listId} role="listbox" class="tag-suggestions" aria-label={t('tagSuggestions')}>
          {options.slice(0, 8).map((o, i) => (
            <li key={o} role="option" aria-selected={i === active}>
              <button type="button" tabIndex={-1} onClick={() => add(o)}>
                {o}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
