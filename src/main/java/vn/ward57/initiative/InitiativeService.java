package vn.ward57.initiative;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.ward57.initiative.domain.Initiatives;
import vn.ward57.org.Ward;

/** What other modules read of the initiatives; the register itself is domain/Initiatives. */
@Service
public class InitiativeService {

    private final Initiatives initiatives;

    InitiativeService(Initiatives initiatives) {
        this.initiatives = initiatives;
    }

    /** The call's initiatives; q searches code, title and authors. */
    public List<Initiative> list(Ward ward, long callId, String q) {
        return initiatives.list(ward, callId, q);
    }

    /** Initiatives of the ward submitted in [from, to], both days included. */
    public long submitted(Ward ward, LocalDate from, LocalDate to) {
        return initiatives.submitted(ward, from, to);
    }
}
