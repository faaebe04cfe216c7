"use client";

import { Component, type ReactNode } from "react";

/** If a field crashes while rendering, show `fallback` (a JSON editor of the whole value). */
export class FormErrorBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
