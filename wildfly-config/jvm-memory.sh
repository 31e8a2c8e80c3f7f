#!/bin/sh
# Sets the JVM memory of a standalone WildFly. In standalone mode the heap is no setting of the
# management model: bin/standalone.sh reads JAVA_OPTS from bin/standalone.conf. This script
# keeps one marked block at the end of that file; it takes effect when the server starts next
# (a reload is not enough), whether the server is running now or not.
#
#   wildfly-config/jvm-memory.sh [--jboss-home=DIR] [--xms=SIZE] [--xmx=SIZE] [--metaspace=SIZE]
#   wildfly-config/jvm-memory.sh [--jboss-home=DIR] --show | --remove
#
#   --xmx=SIZE        maximum heap, e.g. 2g (or $HELPDESK_JVM_XMX)
#   --xms=SIZE        initial heap (or $HELPDESK_JVM_XMS); default: the same as --xmx
#   --metaspace=SIZE  maximum metaspace (or $HELPDESK_JVM_METASPACE); default: not set
#   --show            print the block
#   --remove          remove the block (WildFly's defaults apply again: -Xms64m -Xmx512m)
#   --jboss-home=DIR  the WildFly installation; default: $JBOSS_HOME
#
# Running it again with the same sizes leaves the file as it is. The block adds to JAVA_OPTS
# after WildFly's defaults; the JVM takes the last -Xms/-Xmx it is given. Only bin/standalone.sh
# reads the file (not standalone.bat or standalone.ps1 on Windows).
set -eu

jboss_home=${JBOSS_HOME:-}
xms=${HELPDESK_JVM_XMS:-}
xmx=${HELPDESK_JVM_XMX:-}
metaspace=${HELPDESK_JVM_METASPACE:-}
action=set
begin='# BEGIN Helpdesk JVM memory (wildfly-config/jvm-memory.sh)'
end='# END Helpdesk JVM memory'

usage() {
    sed -n '2,/^set -eu/p' "$0" | sed -e '/^set -eu/d' -e 's/^# \{0,1\}//'
    exit "$1"
}
fail() {
    echo "jvm-memory.sh: $*" >&2
    exit 1
}
size() { # option value
    case $2 in
        ''|*[!0-9kKmMgG]*|[!0-9]*|*[kKmMgG]?*) fail "$1: a size like 512m or 2g, not '$2'" ;;
    esac
}

while [ $# -gt 0 ]; do
    case $1 in
        --jboss-home=*) jboss_home=${1#*=} ;;
        --xms=*) xms=${1#*=} ;;
        --xmx=*) xmx=${1#*=} ;;
        --metaspace=*) metaspace=${1#*=} ;;
        --show) action=show ;;
        --remove) action=remove ;;
        -h|--help) usage 0 ;;
        *) echo "jvm-memory.sh: unknown argument $1" >&2; usage 2 ;;
    esac
    shift
done

[ -n "$jboss_home" ] || fail "set JBOSS_HOME or give --jboss-home=DIR"
conf=$jboss_home/bin/standalone.conf
[ -f "$conf" ] || fail "no $conf"

if [ "$action" = show ]; then
    sed -n "\\%^$begin\$%,\\%^$end\$%p" "$conf"
    exit 0
fi

tmp=$(mktemp "${TMPDIR:-/tmp}/standalone.conf.XXXXXX")
trap 'rm -f "$tmp"' EXIT
trap 'exit 130' INT TERM

# The file without the block, then (unless removing) the block at its end.
sed "\\%^$begin\$%,\\%^$end\$%d" "$conf" > "$tmp"
if [ "$action" = set ]; then
    [ -n "$xmx" ] || fail "give --xmx=SIZE (or HELPDESK_JVM_XMX)"
    [ -n "$xms" ] || xms=$xmx
    size --xmx "$xmx"
    size --xms "$xms"
    opts="-Xms$xms -Xmx$xmx"
    if [ -n "$metaspace" ]; then
        size --metaspace "$metaspace"
        opts="$opts -XX:MaxMetaspaceSize=$metaspace"
    fi
    [ ! -s "$tmp" ] || [ -z "$(tail -c 1 "$tmp")" ] || echo >> "$tmp"    # ends with a newline
    {
        echo "$begin"
        echo "JAVA_OPTS=\"\$JAVA_OPTS $opts\""
        echo "$end"
    } >> "$tmp"
fi

if cmp -s "$tmp" "$conf"; then
    echo "jvm-memory.sh: $conf unchanged"
else
    cat "$tmp" > "$conf"    # keeps the file's owner and mode
    echo "jvm-memory.sh: $conf updated; restart the server for it to take effect"
fi
