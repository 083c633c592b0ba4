/**
 * A disclosure button and the popover it opens (Downloads, Export). Escape, from any control
 * inside, closes it and gives focus back to the button. The feature places it (`className`) and
 * fills it; `onOpen` runs just before it opens (Export reads the page then).
 */
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import './popover-menu.css';

interface PopoverMenuProps {
  /** The wrapper's classes: where the feature puts the menu. */
  className: string;
  /** The popover's own classes, e.g. to float it. */
  popoverClassName?: string;
  /** What the button says. */
  label: ReactNode;
  /** The popover's heading. */
  title: string;
  onOpen?: () => void;
  children: ReactNode;
}

export function PopoverMenu({
  className,
  popoverClassName,
  label,
  title,
  onOpen,
  children,
}: PopoverMenuProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  const toggle = () => {
    if (!open) onOpen?.();
    setOpen(!open);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      setOpen(false);
      button.current?.focus();
    }
  };
  return (
    // Escape bubbles here from any control inside; the wrapper itself is not interactive.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div className={className} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="plain-button disclosure-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={toggle}
      >
        {label}
      </button>
      <div id={id} className={`popover-menu ${popoverClassName ?? ''}`} hidden={!open}>
        <h2 className="popover-menu-title">{title}</h2>
        {children}
      </div>
    </div>
  );
}
