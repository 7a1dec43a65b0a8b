package io.github.ikmsdk.core.identifier;
/** stub. */
public final class Kbli implements Comparable<Kbli> { private final String v; private Kbli(String v){this.v=v;}
/** s. @param s s @return n */ public static Kbli parse(CharSequence s){return new Kbli(s.toString());}
/** v. @return v */ public String value(){return v;}
@Override public int compareTo(Kbli o){return v.compareTo(o.v);} }
