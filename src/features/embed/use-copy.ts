import { useState, type RefObject } from 'react';

export type CopyStatus = 'idle' | 'copied' | 'selected';

/**
 * Copies `text` with the async clipboard API; where that is missing or refused (an insecure
 * context, a denied permission) it selects the textarea so the visitor can copy it themselves.
 * The status belongs to the text it was for, so "Copied" never describes older code.
 */
export function useCopy(textarea: RefObject<HTMLTextAreaElement | null>, text: string) {
  const [result, setResult] = useState<{ text: string; status: CopyStatus } | null>(null);

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard API');
      await navigator.clipboard.writeText(text);
      setResult({ text, status: 'copied' });
    } catch {
      textarea.current?.focus();
      textarea.current?.select();
      setResult({ text, status: 'selected' });
    }
  };
  const status: CopyStatus = result && result.text === text ? result.status : 'idle';
  return { status, copy: () => void copy() };
}
