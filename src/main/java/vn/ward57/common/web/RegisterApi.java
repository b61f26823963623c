package vn.ward57.common.web;

import java.net.URI;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The records of a register without versions, through the JSON API at the path of the controller that extends
 * this (/api/v1/wards/{wardCode}/breakthroughs): POST creates one (201, Location of the new record), GET /{id}
 * reads it, PUT /{id} changes it, DELETE /{id} removes it (204). The controller passes its service's methods,
 * which check the access, and keeps what is its own. {@link VersionedRegisterApi} is the same with versions.
 *
 * @param <W> the ward of the path, which its argument resolver finds and read-checks from {wardCode}
 * @param <T> the record
 * @param <F> the form a create or a change sends
 */
public abstract class RegisterApi<W, T, F> {

    /** A read of one record of the ward. */
    @FunctionalInterface
    public interface Read<W, R> {
        R get(W ward, long id);
    }

    @FunctionalInterface
    public interface Change<W, F, T> {
        T update(W ward, long id, F form);
    }

    @FunctionalInterface
    public interface Removal<W> {
        void delete(W ward, long id);
    }

    private final BiFunction<W, F, T> create;
    private final Read<W, T> read;
    private final Change<W, F, T> change;
    private final Removal<W> removal;
    private final ToLongFunction<T> id;

    protected RegisterApi(BiFunction<W, F, T> create, Read<W, T> read, Change<W, F, T> change, Removal<W> removal,
                          ToLongFunction<T> id) {
        this.create = create;
        this.read = read;
        this.change = change;
        this.removal = removal;
        this.id = id;
    }

    @PostMapping
    public ResponseEntity<T> create(W ward, @RequestBody F form) {
        T created = create.apply(ward, form);
        return created(id.applyAsLong(created), created);
    }

    @GetMapping("/{id}")
    public T get(W ward, @PathVariable long id) {
        return read.get(ward, id);
    }

    @PutMapping("/{id}")
    public T update(W ward, @PathVariable long id, @RequestBody F form) {
        return change.update(ward, id, form);
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(W ward, @PathVariable long id) {
        removal.delete(ward, id);
        return ResponseEntity.noContent().build();
    }

    /** 201 with the new record's path as Location: the path the create was posted to (the list's), and its id. */
    public static <T> ResponseEntity<T> created(long id, T record) {
        String list = ServletUriComponentsBuilder.fromCurrentRequestUri().build(true).toUri().getRawPath();
        return ResponseEntity.created(URI.create(list + "/" + id)).body(record);
    }
}
