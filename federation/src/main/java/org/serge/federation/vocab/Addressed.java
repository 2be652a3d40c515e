package org.serge.federation.vocab;

import java.util.List;

/** A value with audience targeting. Public addressing is normalised to {@link AsIds#PUBLIC} when read. */
public interface Addressed {

    List<String> to();

    List<String> cc();

    List<String> audience();

    default boolean isPublic() {
        return AsIds.isAddressedToPublic(to()) || AsIds.isAddressedToPublic(cc())
                || AsIds.isAddressedToPublic(audience());
    }
}
