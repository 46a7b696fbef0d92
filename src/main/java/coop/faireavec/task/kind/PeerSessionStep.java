package coop.faireavec.task.kind;

import coop.faireavec.process.ProcessConstants;

/** A college speaks among peers; its words are recorded for the college. */
final class PeerSessionStep extends TextStep {

    PeerSessionStep() {
        super(ProcessConstants.FORM_PEER_SESSION);
    }
}
