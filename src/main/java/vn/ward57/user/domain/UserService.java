package vn.ward57.user.domain;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.security.Actor;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;
import vn.ward57.org.WardId;
import vn.ward57.org.WardService;
import vn.ward57.user.UserAccount;
import vn.ward57.user.UserContact;
import vn.ward57.user.UserForm;

/**
 * Managing users. A province admin manages the users of its provinces' wards (and admins of
 * those provinces); a ward leader manages the officers and viewers of its own ward.
 */
@Service
@Transactional(readOnly = true)
public class UserService {

    private final UserRepository users;
    private final UserPlacement placement;
    private final WardService wards;
    private final WardAccess access;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwords;
    private final ApplicationEventPublisher events;

    UserService(UserRepository users, UserPlacement placement, WardService wards, WardAccess access,
                PasswordEncoder encoder, PasswordPolicy passwords, ApplicationEventPublisher events) {
        this.users = users;
        this.placement = placement;
        this.wards = wards;
        this.access = access;
        this.encoder = encoder;
        this.passwords = passwords;
        this.events = events;
    }

    /** The users the acting user may see: those it manages, or only itself. */
    public List<UserAccount> visible() {
        Actor actor = CurrentActor.get();
        if (actor.isProvinceAdmin()) {
            List<Long> wardIds = wards.visible().stream().map(w -> w.id().value()).toList();
            return placement.describeAll(users.findVisible(wardIds, placement.provinceIds(actor.provinceCodes())));
        }
        return ofWard(wards.get(actor.wardCode()));
    }

    /** The users of one ward, for anyone who may read the ward (a ward read-checked by its caller). */
    public List<UserAccount> ofWard(Ward ward) {
        return placement.describeAll(users.findVisible(List.of(ward.id().value()), List.of()));
    }

    /** The full names of the given users by username, without an access check (the names beside the audit log). */
    public java.util.Map<String, String> fullNames(java.util.Collection<String> usernames) {
        return users.fullNames(usernames);
    }

    /** The enabled users of the ward who gave an e-mail address, without an access check (for the reminders). */
    public List<UserContact> withEmail(WardId ward) {
        return placement.describeAll(users.findWithEmail(ward.value())).stream()
                .map(u -> new UserContact(u.username(), u.fullName(), u.email(), u.role(), u.unitCode()))
                .toList();
    }

    public UserAccount get(String username) {
        UserAccount account = placement.describe(find(username));
        if (!CurrentActor.name().equals(username)) {
            requireManage(account);
        }
        return account;
    }

    @Transactional
    public UserAccount create(UserForm form) {
        if (form.username() == null || form.username().isBlank()) {
            throw new InvalidInputException("user.username-required", "username");
        }
        UserPlacement.Placed placed = placement.place(form);
        requireManage(placed.account());
        if (users.find(form.username()).isPresent()) {
            throw new ConflictException("user.duplicate", "username", form.username());
        }
        if (form.password() == null) {
            throw new InvalidInputException("user.password-short", "password", PasswordPolicy.MIN_LENGTH);
        }
        passwords.check(form.password(), form.username(), form.fullName());
        long id = users.insert(form.username(), encoder.encode(form.password()), form.fullName(), form.role(),
                placed.wardId(), placed.unitId(), form.isEnabled());
        users.setProvinces(id, placed.provinceIds());
        users.setEmail(id, form.email());
        UserAccount created = placement.describe(users.find(form.username()).orElseThrow());
        events.publishEvent(ChangeRecorded.created("user", form.username(), placed.provinceId(), placed.wardId(),
                created));
        return created;
    }

    @Transactional
    public UserAccount update(String username, UserForm form) {
        UserRecord existing = find(username);
        UserAccount before = placement.describe(existing);
        requireManage(before);
        if (form.username() != null && !form.username().equals(username)) {
            throw new InvalidInputException("user.username-fixed", "username");
        }
        UserPlacement.Placed placed = placement.place(form);
        requireManage(placed.account());
        if (CurrentActor.name().equals(username) && (form.role() != before.role() || !form.isEnabled())) {
            throw new InvalidInputException("user.cannot-demote-self", "role");
        }
        if (form.password() != null) {
            passwords.check(form.password(), username, form.fullName());
        }
        users.update(existing.id(), form.fullName(), form.role(), placed.wardId(), placed.unitId(), form.isEnabled());
        users.setProvinces(existing.id(), placed.provinceIds());
        users.setEmail(existing.id(), form.email());
        if (form.password() != null) {
            users.setPassword(existing.id(), encoder.encode(form.password()));
        }
        UserAccount after = placement.describe(find(username));
        events.publishEvent(ChangeRecorded.updated("user", username, placed.provinceId(), placed.wardId(),
                before, after));
        return after;
    }

    @Transactional
    public void delete(String username) {
        UserRecord existing = find(username);
        UserAccount account = placement.describe(existing);
        requireManage(account);
        if (CurrentActor.name().equals(username)) {
            throw new InvalidInputException("user.cannot-delete-self", null);
        }
        users.delete(existing.id());
        events.publishEvent(ChangeRecorded.deleted("user", username, null, existing.wardId(), account));
    }

    private UserRecord find(String username) {
        return users.find(username).orElseThrow(() -> new NotFoundException("user.not-found", null, username));
    }

    /** The one access rule's (WardAccess.manageUser), for the account as it is and as it is to be. */
    private void requireManage(UserAccount account) {
        access.manageUser(account.role(), account.provinceCodes(), account.wardCode());
    }
}
