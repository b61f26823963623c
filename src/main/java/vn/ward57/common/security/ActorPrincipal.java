package vn.ward57.common.security;

/** Implemented by the logged-in principal so that any module can learn who acts. */
public interface ActorPrincipal {
    Actor actor();
}
