"""The build step pyproject.toml cannot declare: the shipped data goes into the package.

The repository keeps rules/ and templates/ at its top, where deployments and
reviewers look for them; the wheel carries them as maild/rules and
maild/templates, where maild.adapters.shipped finds them once installed.
Everything else about the package is in pyproject.toml.
"""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SHIPPED = ("rules", "templates")


class BuildWithShippedData(build_py):
    """build_py, then a copy of each shipped folder into the built package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the checkout's folders in place
        here = Path(__file__).resolve().parent
        for name in SHIPPED:
            self.copy_tree(str(here / name), str(Path(self.build_lib) / "maild" / name))


setup(cmdclass={"build_py": BuildWithShippedData})
