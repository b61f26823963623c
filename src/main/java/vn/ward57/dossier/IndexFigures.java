package vn.ward57.dossier;

import vn.ward57.dossier.domain.ServiceIndexRepository;
import vn.ward57.feedback.FeedbackIndexFigures;

/** Everything ward57 records that the 766 index of one ward and period is computed from. */
record IndexFigures(DossierStats dossiers, ServiceIndexRepository.Use use, FeedbackIndexFigures feedback) {
}
