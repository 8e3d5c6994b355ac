import type { QueryClient } from '@tanstack/react-query';

/**
 * Per-QueryClient singletons. Stores keyed by the client outlive any one component or provider mount, so a
 * cooldown survives remounting, while two pages (two clients) never share state.
 */
export function perQueryClient<T>(create: () => T): (client: QueryClient, scope: string) => T {
  const byClient = new WeakMap<QueryClient, Map<string, T>>();
  return (client, scope) => {
    let byScope = byClient.get(client);
    if (!byScope) byClient.set(client, (byScope = new Map()));
    let value = byScope.get(scope);
    if (value === undefined) byScope.set(scope, (value = create()));
    return value;
  };
}
