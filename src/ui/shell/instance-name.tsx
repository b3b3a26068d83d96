import { Fragment } from 'react';

/**
 * An instance name that may wrap only after its dots ("kafka." then "m7g." then "2xlarge"), never inside a word:
 * narrow cards and table cells break it between its parts.
 */
export function InstanceName({ name }: { readonly name: string }) {
  const parts = name.split('.');
  return (
    <span className="instance-name">
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 && (
            <>
              .<wbr />
            </>
          )}
        </Fragment>
      ))}
    </span>
  );
}
