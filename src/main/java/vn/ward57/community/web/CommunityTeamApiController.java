package vn.ward57.community.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.community.CommunityTeam;
import vn.ward57.community.domain.CommunityTeamService;
import vn.ward57.community.TeamDetail;
import vn.ward57.community.TeamForm;
import vn.ward57.common.web.VersionedRegisterApi;
import vn.ward57.org.Ward;

/** Bodies are checked by the services after the access check, so they carry no @Valid. */
@RestController
@RequestMapping("/api/v1/wards/{wardCode}/community-teams")
@Tag(name = "Tổ công nghệ số cộng đồng", description = "One team per residential group, with its members and activities")
class CommunityTeamApiController extends VersionedRegisterApi<Ward, TeamDetail, CommunityTeam, TeamForm> {

    private final CommunityTeamService teams;

    CommunityTeamApiController(CommunityTeamService teams) {
        super(teams::create, teams::get, TeamDetail::team, teams::update, teams::delete, CommunityTeam::id,
                CommunityTeam::version);
        this.teams = teams;
    }

    /** q searches team, group and head; active=true: not dissolved today, false: dissolved. */
    @GetMapping
    List<CommunityTeam> list(Ward ward, @RequestParam(required = false) String q,
                             @RequestParam(required = false) Boolean active) {
        return teams.list(ward, new CommunityTeamService.Filter(q, active));
    }
}
