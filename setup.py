from configparser import ConfigParser
import setuptools

cfg = ConfigParser(delimiters=['='])
cfg.read('settings.ini', encoding='utf-8')
c = cfg['DEFAULT']

licenses = {'apache2': ('Apache Software License 2.0', 'OSI Approved :: Apache Software License')}
statuses = ['1 - Planning', '2 - Pre-Alpha', '3 - Alpha', '4 - Beta', '5 - Production/Stable', '6 - Mature', '7 - Inactive']
py_versions = '3.10 3.11 3.12 3.13'.split()
req = lambda k: c.get(k, '').split()
lic = licenses[c['license']]
min_python = c['min_python']

setuptools.setup(
    name=c['lib_name'], version=c['version'], description=c['description'],
    license=lic[0], license_files=['LICENSE'], classifiers=[
        'Development Status :: ' + statuses[int(c['status'])], 'Intended Audience :: ' + c['audience'].title(),
        'License :: ' + lic[1], 'Natural Language :: ' + c['language'].title(),
    ] + ['Programming Language :: Python :: ' + o for o in py_versions[py_versions.index(min_python):]],
    url=c['git_url'], packages=setuptools.find_packages(), include_package_data=True,
    package_data={'lightcode': ['data/*']},
    install_requires=req('requirements'),
    extras_require={'relay': req('relay_requirements'), 'dev': req('dev_requirements')},
    python_requires='>=' + min_python,
    long_description=open('README.md', encoding='utf-8').read(), long_description_content_type='text/markdown',
    zip_safe=False,
    entry_points={'console_scripts': c.get('console_scripts', '').split(), 'nbdev': [f'{c["lib_path"]}={c["lib_path"]}._modidx:d']},
    author=c['author'], author_email=c['author_email'], keywords=c['keywords'],
)
