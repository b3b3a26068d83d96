import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  readonly title: string;
  readonly children: ReactNode;
}
interface State {
  readonly error: Error | null;
}

/** Keeps the rest of the page alive when one panel fails (a bug, never bad input). */
export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`MSK Sizer: the ${this.props.title} panel failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error) {
      return (
        <section className="panel panel-error" role="alert">
          <h2>{this.props.title}</h2>
          <p>This panel could not be shown ({this.state.error.message}). The rest of the page still works.</p>
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </section>
      );
    }
    return this.props.children;
  }
}
