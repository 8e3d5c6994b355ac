/** Placeholder rows while the list loads; purely visual (the root is `aria-busy` and the live region says why). */
export function LoadingSkeleton() {
  return (
    <div className="pnk-default-second-factor__skeleton" aria-hidden="true">
      {[0, 1, 2].map((row) => (
        <div key={row} className="pnk-default-second-factor__skeleton-row" />
      ))}
    </div>
  );
}
