package vn.ward57.common.web;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The records of a register whose records carry a version, through the JSON API at the path of the controller
 * that extends this (/api/v1/wards/{wardCode}/assets): POST creates one (201, Location of the new record); GET
 * /{id} reads one with its version as ETag; PUT /{id} changes it and DELETE /{id} removes it (204), both refused
 * (409) when their If-Match names an older version, and made whatever the version without If-Match. The
 * controller passes its service's methods, which check the access, and keeps what is its own: the list with its
 * filters, and any further step.
 *
 * @param <W> the ward of the path, which its argument resolver finds and read-checks from {wardCode}
 * @param <R> what a read answers: the record, or the record with its parts
 * @param <T> the record
 * @param <F> the form a create or a change sends
 */
public abstract class VersionedRegisterApi<W, R, T, F> {

    /** A change of one record, refused when version (null: any) is not the record's. */
    @FunctionalInterface
    public interface Change<W, F, T> {
        T update(W ward, long id, F form, Long version);
    }

    /** A deletion of one record, refused when version (null: any) is not the record's. */
    @FunctionalInterface
    public interface Removal<W> {
        void delete(W ward, long id, Long version);
    }

    private final BiFunction<W, F, T> create;
    private final RegisterApi.Read<W, R> read;
    private final Function<R, T> recordOf;
    private final Change<W, F, T> change;
    private final Removal<W> removal;
    private final ToLongFunction<T> id;
    private final ToLongFunction<T> version;

    /**
     * @param recordOf the record in what a read answers (whose version is the ETag); {@code r -> r} where the read
     *                 answers the record itself
     */
    protected VersionedRegisterApi(BiFunction<W, F, T> create, RegisterApi.Read<W, R> read, Function<R, T> recordOf,
                                   Change<W, F, T> change, Removal<W> removal, ToLongFunction<T> id,
                                   ToLongFunction<T> version) {
        this.create = create;
        this.read = read;
        this.recordOf = recordOf;
        this.change = change;
        this.removal = removal;
        this.id = id;
        this.version = version;
    }

    @PostMapping
    public ResponseEntity<T> create(W ward, @RequestBody F form) {
        T created = create.apply(ward, form);
        return RegisterApi.created(id.applyAsLong(created), created);
    }

    /** The record with its version as ETag: sent back in If-Match, a change of a record changed since is refused. */
    @GetMapping("/{id}")
    public ResponseEntity<R> get(W ward, @PathVariable long id) {
        R found = read.get(ward, id);
        return ResponseEntity.ok().eTag(String.valueOf(version.applyAsLong(recordOf.apply(found)))).body(found);
    }

    @PutMapping("/{id}")
    public ResponseEntity<T> update(W ward, @PathVariable long id,
                                    @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                    @RequestBody F form) {
        T changed = change.update(ward, id, form, IfMatch.version(ifMatch));
        return ResponseEntity.ok().eTag(String.valueOf(version.applyAsLong(changed))).body(changed);
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(W ward, @PathVariable long id,
                                       @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        removal.delete(ward, id, IfMatch.version(ifMatch));
        return ResponseEntity.noContent().build();
    }
}
