'use client'
import React from 'react'

/** The printable report's "In" button: the browser's own print dialog. */
export const PrintButton: React.FC<{ label: string }> = ({ label }) => (
  <button
    type="button"
    className="btn btn--style-primary btn--size-medium"
    onClick={() => window.print()}
    data-testid="print-report"
  >
    {label}
  </button>
)
