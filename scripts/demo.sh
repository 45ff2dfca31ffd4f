# Sourced by ./relaypay: `demo` runs the simulator, the interchange and the demo shop together.
# Each runs as its own process (as in production, they only meet over the network); logs go to
# <data-dir>/logs; Ctrl-C or any part exiting stops all three.

demo_wait_for() {
    local name="$1" url="$2" pid="$3" tries=0
    until curl -fsS -o /dev/null "$url" 2>/dev/null; do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "relaypay demo: the $name stopped while starting; see its log above" >&2
            return 1
        fi
        tries=$((tries + 1))
        if [ "$tries" -gt 240 ]; then
            echo "relaypay demo: the $name did not answer at $url within 120 s" >&2
            return 1
        fi
        sleep 0.5
    done
}

run_demo() {
    local data_dir="data"
    while [ $# -gt 0 ]; do
        case "$1" in
            --data-dir) [ $# -ge 2 ] || { echo "relaypay demo: --data-dir needs a value" >&2; exit 2; }
                        data_dir="$2"; shift 2 ;;
            -h|--help)  demo_usage; exit 0 ;;
            *)          echo "relaypay demo: unknown option '$1'" >&2; demo_usage >&2; exit 2 ;;
        esac
    done
    . scripts/select-jdk.sh
    mkdir -p "$data_dir/logs"
    data_dir="$(cd "$data_dir" && pwd)"
    if [ ! -f interchange/target/runtime-classpath.txt ] || [ ! -f simulator/target/runtime-classpath.txt ] \
        || [ -n "$(find ledger/src messaging/src routing/src interchange/src simulator/src examples sdk \
                    -name '*.java' -newer interchange/target/runtime-classpath.txt -print -quit 2>/dev/null)" ] \
        || [ -n "$(find . -maxdepth 3 -name pom.xml -newer interchange/target/runtime-classpath.txt -print -quit)" ]; then
        echo "relaypay: building the system (the first run downloads dependencies)..." >&2
        ./mvnw -B -q -DskipTests package >&2
        touch interchange/target/runtime-classpath.txt simulator/target/runtime-classpath.txt
    fi

    local pids=()
    trap 'kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null' EXIT
    trap 'exit 130' INT TERM

    "$JAVA_HOME/bin/java" -Dlogback.configurationFile=simulator/src/main/launcher/logback.xml \
        -cp "simulator/target/classes:$(cat simulator/target/runtime-classpath.txt)" \
        io.relaypay.simulator.SimulatorMain >"$data_dir/logs/simulator.log" 2>&1 &
    pids+=($!)
    demo_wait_for simulator http://127.0.0.1:8081/phones "${pids[-1]}" || { tail -20 "$data_dir/logs/simulator.log" >&2; exit 1; }

    "$JAVA_HOME/bin/java" -cp "interchange/target/classes:$(cat interchange/target/runtime-classpath.txt)" \
        io.relaypay.interchange.InterchangeApplication \
        --spring.profiles.active=demo --relaypay.data-dir="$data_dir" --relaypay.demo.enabled=true --relaypay.webhooks.allow-private-addresses=true \
        >"$data_dir/logs/interchange.log" 2>&1 &
    pids+=($!)
    demo_wait_for interchange http://127.0.0.1:8080/actuator/health "${pids[-1]}" \
        || { tail -40 "$data_dir/logs/interchange.log" >&2; exit 1; }

    set -a; . "$data_dir/demo.env"; set +a
    if [ -f examples/demo-shop/target/runtime-classpath.txt ]; then
        "$JAVA_HOME/bin/java" -cp "examples/demo-shop/target/classes:$(cat examples/demo-shop/target/runtime-classpath.txt)" \
            io.relaypay.examples.shop.ShopMain --db-url "jdbc:h2:file:$data_dir/shop/shop" >"$data_dir/logs/shop.log" 2>&1 &
        pids+=($!)
        demo_wait_for shop "$SHOP_URL/health" "${pids[-1]}" || { tail -20 "$data_dir/logs/shop.log" >&2; exit 1; }
    fi

    cat <<EOF_URLS

Relaypay demo is running.
  Shop (buy something)     $SHOP_URL/
  Phones (see the SMS)     $SIMULATOR_URL/
  Interchange API          $RELAYPAY_URL/v1   (docs: $RELAYPAY_URL/docs)
  Demo merchant test key   $RELAYPAY_DEMO_KEY
  For scripts              $data_dir/demo.env
  Logs                     $data_dir/logs/
Press Ctrl-C to stop.
EOF_URLS
    wait -n "${pids[@]}"
    echo "relaypay demo: a part stopped; shutting the rest down (logs in $data_dir/logs)" >&2
    exit 1
}
