package vn.ward57.initiative;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.ward57.initiative.domain.Calls;
import vn.ward57.org.Ward;

/** What other modules read of the initiative calls; the register itself is domain/Calls. */
@Service
public class CallService {

    private final Calls calls;

    CallService(Calls calls) {
        this.calls = calls;
    }

    public List<InitiativeCall> list(Ward ward) {
        return calls.list(ward);
    }
}
