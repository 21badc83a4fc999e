import { createContext, useContext } from 'react';
import type { PersistenceServices } from './services';

export const PersistenceContext = createContext<PersistenceServices | null>(null);

export function usePersistence(): PersistenceServices {
  const services = useContext(PersistenceContext);
  if (services === null) throw new Error('usePersistence outside <PersistenceContext.Provider>');
  return services;
}
