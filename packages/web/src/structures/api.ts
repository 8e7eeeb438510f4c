import { useLocation } from 'react-router-dom';
import { useApiData } from '../components/use-api-data';

export type Role = 'primaryManager' | 'secondaryManager' | 'user';

export interface MyStructure {
  id: string;
  identifierType: string;
  identifier: string;
  name: string;
  isPublic: boolean;
  status: string;
  role: Role;
  serviceIds: string[] | null;
  spaces: string[];
  pendingSpaces: string[];
}

export interface MyStructures {
  personalSpaces: string[];
  structures: MyStructure[];
}

export interface SearchResult {
  id: string;
  identifierType: string;
  identifier: string;
  name: string;
  isPublic: boolean;
  city: string | null;
  isMember: boolean;
  hasPendingRequest: boolean;
}

export interface StructureRequest {
  id: string;
  kind: 'attachment' | 'space' | 'extension';
  space: string | null;
  serviceIds: string[] | null;
  message: string | null;
  status: string;
  createdAt: string;
  decidedAt: string | null;
  decisionMessage: string | null;
  user?: { id: string; email: string; firstName: string; lastName: string };
  structure?: { id: string; name: string };
}

export interface Member {
  membershipId: string;
  userId: string;
  email: string;
  firstName: string;
  lastName: string;
  role: Role;
  allServices: boolean;
  serviceIds: string[];
  spaces: string[];
  since: string;
}

export interface Service {
  id: string;
  code: string;
  name: string;
  validFrom: string | null;
  validTo: string | null;
  isActive: boolean;
  isDefault: boolean;
}

export interface HistoryEntry {
  id: number;
  action: string;
  actorEmail: string | null;
  targetEmail: string | null;
  at: string;
}

export const ASSIGNABLE_SPACES = [
  'FACTURES_EMISES',
  'FACTURES_RECUES',
  'FACTURES_A_VALIDER',
] as const;

/**
 * The caller's structures and espaces, read again on each change of page: a manager's change
 * shows on the user's next navigation, without logging out.
 */
export function useMyStructures() {
  const location = useLocation();
  return useApiData<MyStructures>(`/me/structures?at=${encodeURIComponent(location.pathname)}`);
}

/** Espaces held in at least one structure, plus the personal ones (the menu bar shows these). */
export function heldSpaces(data: MyStructures): Set<string> {
  return new Set([...data.personalSpaces, ...data.structures.flatMap((s) => s.spaces)]);
}
