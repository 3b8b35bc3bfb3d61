import gzip, os, re, tarfile, glob
# Checks that the hand-written test data is not corpus text: no sentence of the CoNLL samples occurs in OntoNotes or
# CoNLL-2003, and no five-word segment of the TimeML/brat samples occurs in TimeBank/AQUAINT or PolNeAR.
# Usage: python3 scripts/testdata-corpus-check.py   (needs ../shared/corpora; exits 1 on any match)
import sys
ROOT=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
T=os.path.join(ROOT,'tests/FactExtract.Tests/TestData')+'/'
S=os.path.join(os.path.dirname(ROOT),'shared/corpora')+'/'
def conll_sents(lines):
    cur=[]
    for l in lines:
        l=l.rstrip('\n')
        if not l.strip():
            if cur: yield ' '.join(cur); cur=[]
            continue
        w=l.split()[0]
        if w=='-DOCSTART-': continue
        cur.append(w)
    if cur: yield ' '.join(cur)
def rd(p):
    if p.endswith('.gz'): return gzip.open(p,'rt',encoding='utf-8',errors='replace').read().splitlines()
    return open(p,encoding='utf-8',errors='replace').read().splitlines()
mine=set(conll_sents(rd(T+'ner/tiny.conll')))|set(conll_sents(rd(T+'tokenization/ptb-sample.conll')))
corp=set()
for p in [S+'ontonotes5/train.conll.gz',S+'ontonotes5/dev.conll',S+'conll2003/train.conll',S+'conll2003/dev.conll']:
    corp|=set(conll_sents(rd(p)))
print('conll sentences checked',len(mine),'found in corpora:',len(mine&corp))
def words(t): return re.findall(r"[A-Za-z0-9']+",t.lower())
def grams(t,n=5):
    w=words(t); return {' '.join(w[i:i+n]) for i in range(len(w)-n+1)}
mg=set()
tml=open(T+'dates/sample.tml').read(); mg|=grams(re.sub('<[^>]+>',' ',tml))
for a in glob.glob(T+'quotes/brat/**/*.ann',recursive=True):
    for l in open(a):
        parts=l.rstrip('\n').split('\t')
        if len(parts)>=3: mg|=grams(parts[2])
for p in glob.glob(T+'quotes/brat/**/*.txt',recursive=True): mg|=grams(open(p).read())
print('five-word segments of tml/ann text:',len(mg))
texts=[]
for p in glob.glob(S+'timebank/**/*.tml',recursive=True): texts.append(open(p,errors='replace').read())
for p in glob.glob(S+'polnear/dev/**/*',recursive=True):
    if os.path.isfile(p): texts.append(open(p,errors='replace').read())
with tarfile.open(S+'polnear/train.tar.gz') as tf:
    for m in tf:
        if m.isfile(): texts.append(tf.extractfile(m).read().decode('utf-8','replace'))
hit=set()
for t in texts:
    g=grams(re.sub('<[^>]+>',' ',t)); hit|=mg&g
print('found in TimeBank/AQUAINT/PolNeAR:',len(hit),sorted(hit)[:10])
sys.exit(1 if hit or (mine & corp) else 0)
