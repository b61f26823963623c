package vn.ward57.dossier;

/** How a dossier was received: online (DVC), in person at the one-stop desk, or by public post (BCCI). */
public enum Channel {
    ONLINE, IN_PERSON, POSTAL
}
