#!/bin/sh
# Applies wildfly-config CLI scripts to a WildFly server: a running one (default) or, with
# --offline, a stopped one (through an embedded server). The scripts hold configuration
# commands only; every one of them can be applied again and then changes nothing.
#
#   wildfly-config/apply.sh [options] SCRIPT...
#
# SCRIPT: a name such as 20-mail (.cli may be added) from this folder, or a path to a .cli file.
# The scripts run in the order given, in one CLI session; the first failing command stops it.
#
# Options:
#   --offline               configure a stopped server (the server must not be running)
#   --jboss-home=DIR        the WildFly installation; default: $JBOSS_HOME
#   --server-config=FILE    offline: the configuration file, default standalone-full.xml
#   --controller=HOST:PORT  management address of the running server, default localhost:9990
#   --user=NAME --password=SECRET
#                           management user; not needed on the server's own machine when
#                           run by the user that runs the server (local authentication)
#   --no-reload             online: do not reload when the server asks for it, only say so
#   --verbose               offline: show the embedded server's log
set -eu

here=$(cd "$(dirname "$0")" && pwd)
jboss_home=${JBOSS_HOME:-}
offline=false
server_config=standalone-full.xml
controller=
user=
password=
reload=true
std_out=discard
scripts=

tmp=$(mktemp "${TMPDIR:-/tmp}/wildfly-config.XXXXXX")
body=$tmp.body
trap 'rm -f "$tmp" "$body"' EXIT
trap 'exit 130' INT TERM
: > "$body"

usage() {
    sed -n '2,/^set -eu/p' "$0" | sed -e '/^set -eu/d' -e 's/^# \{0,1\}//'
    exit "$1"
}
fail() {
    echo "apply.sh: $*" >&2
    exit 1
}

while [ $# -gt 0 ]; do
    case $1 in
        --offline) offline=true ;;
        --jboss-home=*) jboss_home=${1#*=} ;;
        --server-config=*) server_config=${1#*=} ;;
        --controller=*) controller=${1#*=} ;;
        --user=*) user=${1#*=} ;;
        --password=*) password=${1#*=} ;;
        --no-reload) reload=false ;;
        --verbose) std_out=echo ;;
        -h|--help) usage 0 ;;
        -*) echo "apply.sh: unknown option $1" >&2; usage 2 ;;
        *)
            if [ -f "$1" ]; then
                script=$1
            elif [ -f "$here/$1" ]; then
                script=$here/$1
            elif [ -f "$here/$1.cli" ]; then
                script=$here/$1.cli
            else
                fail "no such script: $1"
            fi
            {
                echo "echo == $(basename "$script")"
                cat "$script"
                echo
            } >> "$body"
            scripts=yes
            ;;
    esac
    shift
done

[ -n "$scripts" ] || { echo "apply.sh: name at least one script" >&2; usage 2; }
[ -n "$jboss_home" ] || fail "set JBOSS_HOME or give --jboss-home=DIR"
cli=$jboss_home/bin/jboss-cli.sh
[ -x "$cli" ] || fail "not a WildFly installation (no bin/jboss-cli.sh): $jboss_home"
export JBOSS_HOME="$jboss_home"

# One CLI file: (embed-server,) the scripts in order, (stop-embedded-server).
{
    if $offline; then
        echo "embed-server --server-config=$server_config --std-out=$std_out"
    fi
    cat "$body"
    if $offline; then
        echo "stop-embedded-server"
    fi
} > "$tmp"

if $offline; then
    "$cli" --file="$tmp" || fail "failed; the configuration file keeps the commands before the failing one"
    echo "apply.sh: done (offline); the changes take effect when the server starts"
    exit 0
fi

# Online: connection arguments, then the scripts, then a reload if the server asks for one.
set -- --connect
[ -n "$controller" ] && set -- "$@" "--controller=$controller"
[ -n "$user" ] && set -- "$@" "--user=$user"
[ -n "$password" ] && set -- "$@" "--password=$password"

"$cli" "$@" --file="$tmp" || fail "failed; the commands before the failing one have been applied"

state=$("$cli" "$@" --command=':read-attribute(name=server-state)') \
    || fail "could not read the server state"
case $state in
    *reload-required*)
        if $reload; then
            echo "apply.sh: the server needs a reload for the changes; reloading"
            "$cli" "$@" --command=':reload' > /dev/null || fail "reload failed"
            # Wait for it to run again (with the application deployed this can take a while).
            since=$(date +%s)
            sleep 3
            until "$cli" "$@" --command=':read-attribute(name=server-state)' 2>/dev/null \
                    | grep -q '"result" => "running"'; do
                [ $(($(date +%s) - since)) -lt 300 ] \
                    || fail "the server did not come back within 300 s of the reload"
                sleep 3
            done
            echo "apply.sh: reloaded; the changes are in effect"
        else
            echo "apply.sh: the server needs a reload for the changes (jboss-cli.sh --connect --command=reload)"
        fi
        ;;
    *restart-required*)
        echo "apply.sh: the server needs a restart (stop and start) for the changes"
        ;;
    *)
        echo "apply.sh: done; the changes are in effect"
        ;;
esac
