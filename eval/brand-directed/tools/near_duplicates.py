import sys,re,unicodedata,glob
def norm(t):
    t=unicodedata.normalize('NFKD',t.lower())
    t=''.join(c for c in t if not unicodedata.combining(c))
    t=re.sub(r'@\w+','',t); t=re.sub(r'[^\w ]',' ',t); return re.sub(r'\s+',' ',t).strip()
def grams(t,n=4):
    t=' '+t+' '; return {t[i:i+n] for i in range(len(t)-n+1)}
def words(t): return set(t.split())
new=[l.rstrip('\n').split('\t')[-1] for l in open(sys.argv[1]) if l.strip() and not l.startswith('#')]
ev=[]
for f in sorted(glob.glob('eval/brand-directed/brand_*.tsv')):
    for l in open(f):
        if l.strip() and not l.startswith('#'): ev.append((f.split('/')[-1],l.rstrip('\n').split('\t')[-1]))
E=[(f,t,grams(norm(t)),words(norm(t))) for f,t in ev]
thr=float(sys.argv[2]) if len(sys.argv)>2 else 0.4
flag=0; best_all=[]
for t in new:
    g=grams(norm(t)); w=words(norm(t))
    best=max(((len(g&eg)/len(g|eg), len(w&ew)/max(1,len(w|ew)), f, et) for f,et,eg,ew in E))
    best_all.append(best[0])
    if best[0]>=thr:
        flag+=1; print(f"{best[0]:.2f} {best[1]:.2f} NEW: {t}  ~ {best[2]}" + (": "+best[3] if "dev" in best[2] else ""))
import statistics
print(f"scanned {len(new)} posts against {len(E)} eval posts; max char-4gram Jaccard {max(best_all):.3f}, median {statistics.median(best_all):.3f}; {flag} at or above {thr}")
