package vn.ward57.dossier.domain;

import vn.ward57.dossier.DossierStats;
import vn.ward57.feedback.FeedbackIndexFigures;

/** Everything ward57 records that the 766 index of one ward and period is computed from. */
public record IndexFigures(DossierStats dossiers, ServiceIndexRepository.Use use, FeedbackIndexFigures feedback) {
}
