package coop.faireavec.directory;

import coop.faireavec.support.FaireAvecWebTest;

/** The directory's search on H2 (the cases are in {@link DirectorySearchCases}). */
@FaireAvecWebTest
class DirectorySearchTest extends DirectorySearchCases {}
