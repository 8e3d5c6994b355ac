'use client';
import { useEffect, useSyncExternalStore } from 'react';
import { isPhoneLibraryLoaded, loadPhoneLibrary, subscribeToPhoneLibrary } from './loadPhoneLibrary.ts';

// The server never loads it: hydration starts from "not loaded", as the server rendered it.
const serverLoaded = () => false;

/** Whether the add form's phone library has loaded (starting the load on mount). */
export function usePhoneLibraryLoaded(): boolean {
  const loaded = useSyncExternalStore(subscribeToPhoneLibrary, isPhoneLibraryLoaded, serverLoaded);
  useEffect(() => {
    loadPhoneLibrary().catch(() => undefined); // the add step's loader reports a failure
  }, []);
  return loaded;
}
