/** A tag shown as a small chip, in the tag's colour when it has one. */

/** Props of TagChip. */
export interface TagChipProps {
  name: string;
  color: string | null;
  /** When set, the chip is a link (e.g. to the list filtered by this tag). */
  href?: string;
}

/** The chip. */
export function TagChip({ name, color, href }: TagChipProps) {
  const style = color ? { borderColor: color, boxShadow: `inset 4px 0 0 ${color}` } : undefined;
  return href ? (
    <a class="tag" href={href} style={style}>
      {name}
    </a>
  ) : (
    <span class="tag" style={style}>
      {name}
    </span>
  );
}
