/**
 * A row of toggle buttons under a visible caption ("Language FR EN"). A div with role="group"
 * rather than a fieldset: WebKit draws a fieldset's legend in the border, whatever its float, so the
 * caption sat above the row's frame there.
 */
import { useId, type ReactNode } from 'react';

export function SwitchGroup({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id} className={className ? `segmented ${className}` : 'segmented'}>
      <span id={id} className="segmented-caption">
        {label}
      </span>
      {children}
    </div>
  );
}
