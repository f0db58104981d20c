import { Icon } from './Icon';

/**
 * The one `alert` of the page (ui-contract.md): shown while the token, header, payload or a
 * key cannot be used; each line names the part and the reason.
 */
export function Alert({
  heading,
  lines,
}: {
  readonly heading: string;
  readonly lines: readonly string[];
}) {
  if (lines.length === 0) return null;
  return (
    <div role="alert" className="alert">
      <p className="alert-heading">
        <Icon name="warning" /> {heading}
      </p>
      <ul>
        {lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
