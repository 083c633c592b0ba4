/**
 * One failing panel must not blank the page: this boundary replaces it with a short notice and
 * logs the error once. The rest of the atlas keeps working.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  name: string;
  fallback: (name: string) => ReactNode;
  onError?: () => void;
  children: ReactNode;
}

export class PanelBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`[atlas] the ${this.props.name} panel failed`, error, info.componentStack);
    this.props.onError?.();
  }

  override render() {
    return this.state.failed ? this.props.fallback(this.props.name) : this.props.children;
  }
}
