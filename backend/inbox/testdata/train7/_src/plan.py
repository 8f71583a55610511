import random
r=random.Random(7207)
slots=[]
def add(cls,lang,sub,k):
    slots.extend([(cls,lang,sub)]*k)
add('promise','fr','dated',36);add('promise','en','dated',36)
add('promise','fr','window',5);add('promise','en','window',5)
add('promise','fr','undated',4);add('promise','en','undated',4)
add('dispute','fr','',13);add('dispute','en','',12)
add('paid','fr','',10);add('paid','en','',10)
add('copy_request','fr','',10);add('copy_request','en','',10)
add('auto_reply','fr','',15);add('auto_reply','en','',15)
add('other','fr','',17);add('other','en','',18)
r.shuffle(slots)
months=['2026-06','2026-07','2026-08','2026-09','2026-10','2026-11','2026-12','2027-01','2027-02']
ms=[months[i%9] for i in range(220)]; r.shuffle(ms)
for i,(s,m) in enumerate(zip(slots,ms),1):
    print(f"{i:03d} {m} {s[0]:12s} {s[1]} {s[2]}")
