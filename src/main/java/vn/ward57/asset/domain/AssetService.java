package vn.ward57.asset.domain;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.asset.Asset;
import vn.ward57.asset.AssetCondition;
import vn.ward57.asset.AssetFilter;
import vn.ward57.asset.AssetForm;
import vn.ward57.asset.AssetKind;
import vn.ward57.common.WardTime;
import vn.ward57.common.database.VersionedRecords;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.ResidentialGroupService;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;

/**
 * The equipment register of a ward. An entry may belong to a unit (its managing unit): a unit officer enters
 * and changes only its own unit's entries; an entry of no unit is the whole ward's (WardAccess.editUnit).
 */
@Service
@Transactional(readOnly = true)
public class AssetService {

    private final WardAccess access;
    private final OrgLookup org;
    private final ResidentialGroupService groups;
    private final AssetRepository assets;
    private final VersionedRecords.Kind<Asset> records;

    AssetService(WardAccess access, OrgLookup org, ResidentialGroupService groups, AssetRepository assets,
                 VersionedRecords versioned) {
        this.access = access;
        this.org = org;
        this.groups = groups;
        this.assets = assets;
        this.records = versioned.of("asset", Asset::version);
    }

    public List<Asset> list(Ward ward, AssetFilter filter) {
        return assets.list(ward.id().value(), repositoryFilter(filter)).stream().map(r -> describe(r, ward)).toList();
    }

    public Asset get(Ward ward, long id) {
        return find(ward, id);
    }

    @Transactional
    @PreAuthorize("@access.editUnit(#ward, #form?.unit())")
    public Asset create(Ward ward, AssetForm form) {
        long id = assets.insert(ward.id().value(), checked(ward, form));
        return records.created(ward, id, find(ward, id));
    }

    /**
     * The unit the entry moves to is checked before, the one it belongs to once it is read. version: the one the
     * person read (null: any); an entry changed since is refused (409, who and when).
     */
    @Transactional
    @PreAuthorize("@access.editUnit(#ward, #form?.unit())")
    public Asset update(Ward ward, long id, AssetForm form, Long version) {
        Asset before = locked(ward, id, version);
        records.written(id, assets.update(id, before.version(), checked(ward, form)));
        return records.updated(ward, id, before, find(ward, id));
    }

    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public Asset delete(Ward ward, long id, Long version) {
        Asset before = locked(ward, id, version);
        records.written(id, assets.delete(id, before.version()));
        return records.deleted(ward, id, before);
    }

    private AssetRepository.Values checked(Ward ward, AssetForm form) {
        if (form == null) {
            throw new InvalidInputException("asset.kind-required", "kind");
        }
        AssetRules.Checked checked = AssetRules.check(form, Places.of(ward, org, groups), WardTime.today());
        if (!checked.faults().isEmpty()) {
            throw checked.faults().getFirst().exception();
        }
        return checked.values();
    }

    /**
     * The entry as it stands, its row locked until the change commits, if it is of the user's unit (or the user
     * is not limited to one) and the person read this version.
     */
    private Asset locked(Ward ward, long id, Long version) {
        assets.lock(ward.id().value(), id);
        Asset now = find(ward, id);
        access.editUnit(ward, now.unit());
        return records.checked(id, version, now);
    }

    private Asset find(Ward ward, long id) {
        return assets.find(ward.id().value(), id).map(r -> describe(r, ward))
                .orElseThrow(() -> new NotFoundException("asset.not-found", null, String.valueOf(id), ward.name()));
    }

    static AssetRepository.Filter repositoryFilter(AssetFilter f) {
        AssetFilter filter = f == null ? AssetFilter.none() : f;
        String kind = filter.kind() == null ? null : Choices.find(AssetKind.class, filter.kind())
                .orElseThrow(() -> new InvalidInputException("asset.bad-kind", "kind", filter.kind(),
                        Choices.list(AssetKind.class))).name();
        String condition = filter.condition() == null ? null : Choices.find(AssetCondition.class, filter.condition())
                .orElseThrow(() -> new InvalidInputException("asset.bad-condition", "condition", filter.condition(),
                        Choices.list(AssetCondition.class))).name();
        return new AssetRepository.Filter(kind, filter.unit(), filter.group(), condition, filter.q());
    }

    static Asset describe(AssetRepository.Row r, Ward ward) {
        return new Asset(r.id(), ward.code(), AssetKind.valueOf(r.kind()), r.name(), r.unitCode(), r.unitName(),
                r.groupCode(), r.groupName(), r.location(), r.quantity(), r.acquiredYear(), r.installedOn(),
                r.removedOn(), AssetCondition.valueOf(r.condition()), r.note(), r.version());
    }
}
