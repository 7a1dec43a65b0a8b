package io.github.ikmsdk.core.identifier;
/** stub. */
public final class Nip implements Comparable<Nip> { private final String v; private Nip(String v){this.v=v;}
/** s. @param s s @return n */ public static Nip parse(CharSequence s){return new Nip(s.toString());}
/** v. @return v */ public String value(){return v;}
@Override public int compareTo(Nip o){return v.compareTo(o.v);} }
