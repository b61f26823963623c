package vn.ward57.community.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.common.web.IfMatch;
import vn.ward57.community.CommunityTeam;
import vn.ward57.community.TeamDetail;
import vn.ward57.community.TeamForm;
import vn.ward57.community.domain.CommunityTeamService;
import vn.ward57.org.Ward;

/** Bodies are checked by the services after the access check, so they carry no @Valid. */
@RestController
@RequestMapping("/api/v1/wards/{wardCode}/community-teams")
@Tag(name = "Tổ công nghệ số cộng đồng", description = "One team per residential group, with its members and activities")
class CommunityTeamApiController {

    private final CommunityTeamService teams;

    CommunityTeamApiController(CommunityTeamService teams) {
        this.teams = teams;
    }

    /** q searches team, group and head; active=true: not dissolved today, false: dissolved. */
    @GetMapping
    List<CommunityTeam> list(Ward ward, @RequestParam(required = false) String q,
                             @RequestParam(required = false) Boolean active) {
        return teams.list(ward, new CommunityTeamService.Filter(q, active));
    }

    @PostMapping
    ResponseEntity<CommunityTeam> create(Ward ward, @RequestBody TeamForm form) {
        CommunityTeam created = teams.create(ward, form);
        return ResponseEntity.created(URI.create("/api/v1/wards/" + ward.code() + "/community-teams/" + created.id()))
                .body(created);
    }

    /** The team's version is the ETag: sent back in If-Match, a change of a team changed since is refused. */
    @GetMapping("/{teamId}")
    ResponseEntity<TeamDetail> get(Ward ward, @PathVariable long teamId) {
        TeamDetail detail = teams.get(ward, teamId);
        return ResponseEntity.ok().eTag(String.valueOf(detail.team().version())).body(detail);
    }

    @PutMapping("/{teamId}")
    ResponseEntity<CommunityTeam> update(Ward ward, @PathVariable long teamId,
                                         @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                         @RequestBody TeamForm form) {
        CommunityTeam team = teams.update(ward, teamId, form, IfMatch.version(ifMatch));
        return ResponseEntity.ok().eTag(String.valueOf(team.version())).body(team);
    }

    @DeleteMapping("/{teamId}")
    ResponseEntity<Void> delete(Ward ward, @PathVariable long teamId,
                                @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        teams.delete(ward, teamId, IfMatch.version(ifMatch));
        return ResponseEntity.noContent().build();
    }
}
