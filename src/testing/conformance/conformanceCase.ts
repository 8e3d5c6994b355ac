/** One case of the suite: an id the caller can skip, a title, and the run that checks one behaviour. */
import type { PhoneNumberAdapter } from '../../adapters/types.ts';
import type { AdapterConformanceCaseId, AdapterConformanceDriver } from './types.ts';

/** What a case runs against: a fresh adapter, its driver, and three numbers the backend accepts. */
export interface CaseContext {
  adapter: PhoneNumberAdapter;
  driver: AdapterConformanceDriver;
  numbers: readonly [string, string, string];
}

/** Driver methods a case cannot run without (`lastCode` is always there). */
type DriverCapability = 'expireCode' | 'dropConnection' | 'authenticatorCode' | 'password' | 'lastEmailCode' | 'requireReverification';

/** A case as the suite registers it; `needs` makes it fail early, naming the first method the driver lacks. */
export interface ConformanceCase {
  id: AdapterConformanceCaseId;
  /** What the adapter must do, as the test's name. */
  title: string;
  needs?: readonly DriverCapability[];
  run(context: CaseContext): Promise<void>;
}
