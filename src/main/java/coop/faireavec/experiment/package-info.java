/**
 * Experiments of phase 3: each selected lead becomes an experiment with a goal, dates, a mixed team (checked against
 * the working-group composition rule of the meeting module) and indicators; team members record dated observations
 * whenever they want, and the BPMN's recurring timer asks for them only when none came in during the cycle.
 */
package coop.faireavec.experiment;
