/**
 * Pages that show several features at once (the experimentation's page, its members, my contributions): the top of
 * the module graph, so that no feature needs another feature's web part and features stay free of cycles.
 */
package coop.faireavec.ui;
