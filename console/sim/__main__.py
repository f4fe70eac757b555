import sys

from console.sim.server import main

sys.exit(main())
